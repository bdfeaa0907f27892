pmSearch.shard("66-6f",{"for":[0,26,1,9,1,10]});
