pmSearch.shard("68-61",{"had":[0,1],"half":[2,9]});
