pmSearch.shard("66-69",{"files":[2,1],"fires":[0,2]});
